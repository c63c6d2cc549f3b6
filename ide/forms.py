from django import forms
from django.contrib.auth.forms import UserCreationForm

from . import examples, running
from .models import Project, slug_validator
from .uploads import UploadRefused, read_upload

MAX_PASTE_CHARS = 500_000


class SignupForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = ("username",)


class ProjectForm(forms.Form):
    """A new project: its slug and where its code comes from (an example, pasted code, or an upload)."""
    SOURCES = [("example", "Start from an example"), ("paste", "Paste code"), ("upload", "Upload a .js or .zip")]

    slug = forms.CharField(max_length=40, validators=[slug_validator],
                           help_text="lowercase letters, digits and dashes; the service answers at /svc/SLUG/")
    name = forms.CharField(max_length=100, required=False)
    source = forms.ChoiceField(choices=SOURCES, widget=forms.RadioSelect, initial="example")
    example = forms.ChoiceField(choices=examples.choices(), required=False)
    code = forms.CharField(widget=forms.Textarea(attrs={"rows": 12, "spellcheck": "false"}), required=False, strip=False,
                           max_length=MAX_PASTE_CHARS)
    upload = forms.FileField(required=False)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if Project.objects.filter(slug=slug).exists() or (self.user and running.name_taken(slug, self.user)):
            raise forms.ValidationError("This slug is taken.")
        return slug

    def clean(self):
        data = super().clean()
        source = data.get("source")
        try:
            if source == "example":
                data["files"] = examples.files(data.get("example") or "hello")
            elif source == "paste":
                code = (data.get("code") or "").replace("\r\n", "\n")
                if not code.strip():
                    raise UploadRefused("paste the service's code")
                data["files"] = {"app.js": code.encode("utf-8")}
            elif source == "upload":
                if not data.get("upload"):
                    raise UploadRefused("choose a .js or .zip file to upload")
                data["files"] = read_upload(data["upload"])
        except UploadRefused as e:
            self.add_error("upload" if source == "upload" else "code" if source == "paste" else None, str(e))
        except KeyError:
            self.add_error("example", "no such example")
        return data


class UploadForm(forms.Form):
    """A new revision of an existing project from a .js or .zip file."""
    upload = forms.FileField()

    def clean_upload(self):
        try:
            self.cleaned_data["files"] = read_upload(self.cleaned_data["upload"])
        except UploadRefused as e:
            raise forms.ValidationError(str(e)) from None
        return self.cleaned_data["upload"]
