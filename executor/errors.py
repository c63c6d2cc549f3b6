"""The executor's errors, for every layer: raised below (deployment, placement), shown above (the IDE)."""


class DeployError(Exception):
    """A service refused at deployment, with where the problem is when known."""

    def __init__(self, message, file=None, line=None, column=None):
        super().__init__(message)
        self.message, self.file, self.line, self.column = message, file, line, column

    def as_dict(self):
        return {"message": self.message, "file": self.file, "line": self.line, "column": self.column}

    def __str__(self):
        where = f"{self.file}:{self.line}:{(self.column or 0) + 1}: " if self.file and self.line else ""
        return where + self.message


class PlacementError(Exception):
    pass
