from pathlib import Path

import pytest

import mediakit as mk

BUNDLED = Path(__file__).resolve().parents[1] / "data" / "baghdad-2020-01-24"
OUTLETS = {
    "farda": "Radio Farda (RFE/RL)",
    "k24": "Kurdistan 24",
    "independent": "The Independent",
    "irannews": "Iran News Daily",
    "southfront": "SouthFront",
}


@pytest.fixture(scope="session")
def corpus() -> mk.Corpus:
    return mk.load_corpus(BUNDLED, quiet=True)


def doc_text(corpus: mk.Corpus, outlet: str) -> str:
    return corpus.docs.loc[corpus.docs["outlet"] == outlet, "text"].item()


def section_text(corpus: mk.Corpus, outlet: str, section: str) -> str:
    doc_id = corpus.docs.loc[corpus.docs["outlet"] == outlet, "doc_id"].item()
    s = corpus.sections[(corpus.sections["doc_id"] == doc_id) & (corpus.sections["section"] == section)]
    text = doc_text(corpus, outlet)
    return "\n".join(text[a:b] for a, b in zip(s["start"], s["end"], strict=True))
