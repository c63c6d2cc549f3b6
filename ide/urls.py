from django.contrib.auth import views as auth_views
from django.contrib.staticfiles.views import serve as serve_static
from django.urls import path, re_path

from . import api, views

project_api = [
    ("analyze", api.analyze), ("save", api.save), ("edit", api.edit), ("deploy", api.deploy),
    ("stop", api.stop), ("status", api.status), ("logs", api.logs), ("request", api.send_request),
    ("placement", api.placement), ("place", api.place), ("load", api.start_load), ("load-cancel", api.cancel_load),
    ("load-runs", api.load_runs),
    ("balancer", api.balancer), ("verify", api.verify),
]

urlpatterns = [
    path("", views.home, name="home"),
    path("signup/", views.signup, name="signup"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("new/", views.project_new, name="project-new"),
    path("p/<slug:slug>/", views.project, name="project"),
    path("p/<slug:slug>/upload", views.upload, name="project-upload"),
    path("p/<slug:slug>/delete", views.project_delete, name="project-delete"),
    path("p/<slug:slug>/revisions/", views.revisions, name="revisions"),
    path("p/<slug:slug>/revisions/<int:number>/", views.revision_detail, name="revision"),
    path("p/<slug:slug>/revisions/<int:number>/restore", views.revision_restore, name="revision-restore"),
    path("p/<slug:slug>/export.<str:fmt>", views.export_graph, name="export"),
    *[path(f"api/projects/<slug:slug>/{name}", view, name=f"api-{name}") for name, view in project_api],
    path("playground/", views.playground, name="playground"),
    path("playground/keep", views.playground_keep, name="playground-keep"),
    path("api/analyze", views.api_analyze, name="api-analyze"),
    # The IDE's own scripts and styles, also when served by uvicorn (no runserver).
    re_path(r"^static/(?P<path>.*)$", serve_static, {"insecure": True}),
]
