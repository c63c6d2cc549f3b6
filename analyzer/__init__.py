"""The fluxional compiler's front end: a JavaScript service in, its fluxion graph out.

    from analyzer import analyze_path, analyze_source
    graph = analyze_path("service/").graph      # a dict, schema flx-graph/1

No Django here: the IDE and the executor import this package, not the other way.
"""
from . import source
from .diagnostics import Report
from .generators import replay_reasons, report_kept_generators
from .graph import to_json
from .parse import ParseError
from .pipeliner import Pipeliner
from .ruptures import RuptureFinder
from .scopes import ScopeAnalyzer
from .state import StateAnalysis

__all__ = ["analyze", "analyze_path", "analyze_source", "analyze_files", "Analysis", "ParseError"]


class Analysis:
    """Everything the passes computed; `graph` is the public part."""

    def __init__(self, service, overrides=None):
        self.service = service
        self.report = Report()
        self.scopes = ScopeAnalyzer(service, self.report).run()
        self.finder = RuptureFinder(self.scopes, self.report, overrides).run()
        self.state = StateAnalysis(self.scopes, self.finder, self.report).run()
        self.generators = replay_reasons(self.scopes)
        report_kept_generators(self.state, self.generators, self.report)
        self.pipeline = Pipeliner(service, self.scopes, self.finder, self.report).run()
        self._graph = None

    @property
    def graph(self):
        if self._graph is None:
            self._graph = to_json(self)
        return self._graph


def analyze(service, overrides=None):
    return Analysis(service, overrides)


def analyze_path(path, overrides=None):
    return Analysis(source.from_path(path), overrides)


def analyze_source(text, path="app.js", overrides=None):
    return Analysis(source.from_source(text, path), overrides)


def analyze_files(files, entry=None, overrides=None):
    return Analysis(source.from_files(files, entry), overrides)
