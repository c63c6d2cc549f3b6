from django.core.management.base import BaseCommand, CommandError

from executor import api


class Command(BaseCommand):
    help = "Moves a fluxion (with its whole group) of project NAME to NODE while traffic flows."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("fluxion", help="a fluxion id or a group id")
        parser.add_argument("node", help="a running node's name, or * to let every node run a stateless fluxion")

    def handle(self, *args, **options):
        try:
            moved = api.place(options["slug"], options["fluxion"], options["node"])
        except api.PlacementError as e:
            raise CommandError(str(e)) from None
        self.stdout.write(f"{moved['unit']}: {moved['from']} -> {moved['to']} (paused {moved['pause_ms']:.1f} ms)")
