"""Two kinds of failure. A bad input file is data: an InputError becomes a DocError in the
report and the case goes on. A fault of the program or its set-up is an IntakeFault and
stops the run with an exit code and a message that says what to do."""
from __future__ import annotations

import re


class InputError(Exception):
    code = "input_error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class EmptyFile(InputError):
    code = "empty_file"


class UnsupportedFormat(InputError):
    code = "unsupported_format"


class CorruptFile(InputError):
    code = "corrupt_file"


class EncryptedPdf(InputError):
    code = "encrypted_pdf"


class DecompressionBomb(InputError):
    code = "decompression_bomb"


class EmptyImage(InputError):
    code = "empty_image"


class TooLarge(InputError):
    code = "too_large"


class LinkOutsideCase(InputError):
    code = "link_outside_case"


class UndecodableName(InputError):
    code = "undecodable_name"


class LinkToFolder(InputError):
    code = "link_to_folder"


class NotAFile(InputError):
    code = "not_a_file"


class Unreadable(InputError):
    code = "unreadable_file"


class Archive(UnsupportedFormat):
    code = "archive"


class SystemFile(InputError):
    code = "system_file"


class TooManyPages(InputError):
    code = "too_many_pages"


class TooMuchText(InputError):
    code = "too_much_text"


class CaseError(Exception):
    """A whole case cannot be processed as it stands (a bad case.yaml, a case folder that is a
    link): the case fails with this code and message, and the batch goes on."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


_ADDRESS = re.compile(r"\s*<[^<>]* at 0x[0-9a-fA-F]+>")
_ABSOLUTE_PATH = re.compile(r"(?<![\w.])/(?:[^\s'\"/]+/)+([^\s'\"/]+)")


def plain_message(exc: BaseException) -> str:
    """An exception's text without what differs from run to run or leaks the machine's layout:
    object addresses ('<_io.BytesIO object at 0x7f...>') and absolute paths (kept as the
    file's own name), so a report stays byte-identical and names no folder of the host."""
    text = _ADDRESS.sub("", str(exc))
    return _ABSOLUTE_PATH.sub(lambda m: m.group(1), text).strip()


class IntakeFault(Exception):
    """The program or its set-up is wrong; nothing about one input file."""
    exit_code = 2


class MissingDependency(IntakeFault):
    exit_code = 3


class BadArguments(IntakeFault):
    exit_code = 2


class ReportCorrupt(IntakeFault):
    exit_code = 4
