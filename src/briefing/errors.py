"""The one small error hierarchy: the CLI turns each into one line and an exit code."""

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class BriefingError(Exception):
    """Anything briefing reports to the user as a one-line message."""


class InputError(BriefingError):
    """A file or argument that cannot be read as a briefing."""


class StoreError(BriefingError):
    """The SQLite store cannot be opened, read or written."""


class ExtractionFailed(BriefingError):
    """The extractor failed on a document: a fault of the extractor, reported as one line for
    that document, so the rest of a batch is read (``briefing.extract.extract``)."""


class UsageError(BriefingError):
    """A command line that asks for something impossible: exit 2, like argparse's errors."""


def first_line(error: BaseException) -> str:
    """A failure's message as one line of at most 200 characters (its type if it has none)."""
    message = str(error).strip()
    return message.splitlines()[0][:200] if message else type(error).__name__


class PartlyRead(InputError):
    """A file of which some documents were read and some parts could not be (an e-mail's
    attachment): the documents are kept, the message names what was not read."""

    def __init__(self, message: str, documents: tuple) -> None:  # type: ignore[type-arg]
        super().__init__(message)
        self.documents = documents
