from django.contrib import admin

from .models import Project, Revision


class RevisionInline(admin.TabularInline):
    model = Revision
    fields = ("number", "entry", "message", "created")
    readonly_fields = ("created",)
    extra = 0


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ("slug", "name", "owner", "created")
    search_fields = ("slug", "name", "owner__username")
    inlines = [RevisionInline]


@admin.register(Revision)
class RevisionAdmin(admin.ModelAdmin):
    list_display = ("project", "number", "entry", "message", "created")
    list_filter = ("project",)
