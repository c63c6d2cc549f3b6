"""Runs the IDE under the ASGI server (executor.stack.gateway_command) in a subprocess, on a
free port with a fresh SQLite database.

Used by the browser tests and bench/ide_roundtrip.py:

    with LiveSite() as site:
        page.goto(site.url + "/")        # the IDE
        page.goto(site.service_url + "/svc/NAME/")  # a service
"""
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from executor.stack import gateway_command
from tests.support.ports import free_port

ROOT = Path(__file__).resolve().parents[2]



class LiveSite:
    def __init__(self, settings="tests.support.live_settings"):
        self.settings = settings
        self.tmp = tempfile.TemporaryDirectory(prefix="liquefy-live-")
        self.port = free_port()
        self.url = f"http://localhost:{self.port}"  # the IDE's host
        self.service_url = f"http://127.0.0.1:{self.port}"  # the services' host
        self.env = {**os.environ, "DJANGO_SETTINGS_MODULE": settings, "LIQUEFY_DB": f"{self.tmp.name}/db.sqlite3",
                    "LIQUEFY_RUN_DIR": self.tmp.name, "PYTHONPATH": str(ROOT)}
        self.process = None

    def manage(self, *args):
        subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, check=True,
                       stdout=subprocess.DEVNULL)

    def start(self):
        self.manage("migrate", "--noinput")
        self.log = open(f"{self.tmp.name}/gateway.log", "wb")
        self.process = subprocess.Popen(
            gateway_command(self.port),
            cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("the ASGI server exited: " + Path(self.log.name).read_text())
            try:
                urllib.request.urlopen(self.url + "/login/", timeout=1).read()
                return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("the ASGI server did not answer within 30 s")

    def kill_and_start_again(self):
        """SIGKILL to the ASGI server, then a new one on the same port and database: a gateway restarted."""
        self.process.kill()
        self.process.wait()
        self.log.close()
        self.start()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        if self.process:
            self.log.close()
        self.tmp.cleanup()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
