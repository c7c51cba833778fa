"""docs/example.ipynb runs top to bottom with the real extractor on the demo corpus (nbclient)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOK = Path(__file__).resolve().parents[2] / "docs" / "example.ipynb"


@pytest.mark.slow
def test_example_notebook_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jupyter_client.kernelspec import KernelSpecManager

    # the kernel is this interpreter, with this checkout's sources first on its path
    src = str(Path(__file__).resolve().parents[2] / "src")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p))
    spec_dir = tmp_path / "kernels" / "python3"
    spec_dir.mkdir(parents=True)
    spec = {"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": "Python 3", "language": "python"}
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    manager = KernelSpecManager(kernel_dirs=[str(tmp_path / "kernels")])
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=240, kernel_name="python3", kernel_spec_manager=manager,
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    outputs = {n: "".join(o.get("text", "") + str(o.get("data", {}).get("text/plain", "")) for o in cell.outputs)
               for n, cell in enumerate(notebook.cells) if cell.cell_type == "code"}
    assert "new" in outputs[3] and "events" in outputs[3]
    assert "CONSULT" not in outputs[5] and "RUS" in outputs[5] and "2016" in outputs[5]  # the meetings' dates
    assert "NATO" in outputs[7] and "IGO" in outputs[7]
    assert "period" in outputs[10] and "2020" in outputs[10]
    assert not any(o.get("output_type") == "error" for cell in notebook.cells for o in cell.get("outputs", []))
