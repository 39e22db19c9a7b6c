"""What every test and doctest shares, the package's included: temporary files under pytest's own folder.

The doctests make folders with ``tempfile.mkdtemp()`` as a reader of them would; without this each run
left a few dozen in the system's temporary folder.
"""

import tempfile

import pytest


@pytest.fixture(autouse=True)
def _temporary_files_in_pytests_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
