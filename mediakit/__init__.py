"""mediakit: comparative media analysis in Jupyter.

Load a corpus of articles about one event, then compare how each outlet framed it. Every helper returns a
tidy pandas DataFrame whose rows carry ``doc_id``, ``outlet`` and character offsets into the original text.
"""

from .corpus import Corpus, CorpusError, CorpusWarning, load_corpus

__all__ = ["Corpus", "CorpusError", "CorpusWarning", "load_corpus"]
__version__ = "0.1.0"
