import os

from django.core.management.base import BaseCommand, CommandError

from executor import api
from executor.packages import read_folder


class Command(BaseCommand):
    help = "Creates or updates the project NAME from a service folder, analyses it and starts it on the running nodes."

    def add_arguments(self, parser):
        parser.add_argument("dir", help="the service folder (or one .js file)")
        parser.add_argument("--slug", required=True, help="the project's name: /svc/NAME/")
        parser.add_argument("--reset", action="store_true",
                            help="drop its stored state (contexts, files written at run time, Redis keys) first")
        parser.add_argument("--verify", action="store_true",
                            help="verify mode: check after each message of a stateless unit that it changed no "
                                 "module state (docs/executor.md)")

    def handle(self, *args, **options):
        path = options["dir"]
        if os.path.isfile(path):
            files = {os.path.basename(path): open(path, "rb").read()}
        elif os.path.isdir(path):
            files = read_folder(path)  # node_modules/ too: its packages travel with the service
        else:
            raise CommandError(f"{path}: no such file or folder")
        try:
            result = api.deploy(options["slug"], files, reset=options["reset"], verify=options["verify"])
        except api.DeployError as e:
            raise CommandError(str(e)) from None
        units = ", ".join(f"{u}@{n}" for u, n in sorted(result["placement"].items()) if not u.startswith("__"))
        verify = " (verify mode on)" if options["verify"] else ""
        self.stdout.write(f"deployed {options['slug']} version {result['version']}{verify}: {units}")
