import json

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST

from .analysis import analyse_for_display

MAX_SOURCE_CHARS = 500_000


def playground(request):
    """Paste code, see its fluxion graph: the analyzer alone, no account needed."""
    return render(request, "ide/playground.html")


@require_POST
def api_analyze(request):
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return JsonResponse({"error": {"message": "request body is not JSON"}}, status=400)
    code = body.get("code")
    if not isinstance(code, str):
        return JsonResponse({"error": {"message": "`code` must be a string"}}, status=400)
    if len(code) > MAX_SOURCE_CHARS:
        return JsonResponse({"error": {"message": f"code longer than {MAX_SOURCE_CHARS} characters"}}, status=413)
    return JsonResponse(analyse_for_display({"app.js": code}, "app.js"))
