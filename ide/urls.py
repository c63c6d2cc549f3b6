from django.urls import path

from . import views

urlpatterns = [
    path("", views.playground, name="home"),
    path("playground/", views.playground, name="playground"),
    path("api/analyze", views.api_analyze, name="api-analyze"),
]
