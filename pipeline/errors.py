"""Two kinds of failure. A bad input file is data: an InputError becomes a DocError in the
report and the case goes on. A fault of the program or its set-up is an IntakeFault and
stops the run with an exit code and a message that says what to do."""
from __future__ import annotations


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


class IntakeFault(Exception):
    """The program or its set-up is wrong; nothing about one input file."""
    exit_code = 2


class MissingDependency(IntakeFault):
    exit_code = 3


class BadArguments(IntakeFault):
    exit_code = 2


class ReportCorrupt(IntakeFault):
    exit_code = 4
