"""mediakit: comparative media analysis in Jupyter.

Load a corpus of articles about one event, then compare how each outlet framed it. Every helper returns a
tidy pandas DataFrame whose rows carry ``doc_id``, ``outlet`` and character offsets into the original text.
"""

from .actors import actor_labels, actor_mentions, actors
from .clean import section_sizes, set_aside
from .concordance import collocations, kwic
from .corpus import Corpus, CorpusError, CorpusWarning, load_corpus
from .coverage import align, claims, claims_matrix, coverage, differences, substitution_pairs, substitutions
from .crowds import compare_figures, crowd_estimates, figures
from .explore import explore, explore_rows
from .keyness import keyness, term_counts
from .lexicons import load_lexicon
from .plots import (
    finding,
    note,
    omitted_note,
    plot_claims,
    plot_crowd_estimates,
    plot_keyness,
    plot_sections,
    plot_word_choice,
    set_display,
    show,
)
from .quotes import quotes, voices
from .report import build_reports
from .scan import LazyCorpus, scan_corpus
from .tokens import tokenize
from .wordchoice import word_choice, word_choice_rates

__all__ = [
    "Corpus", "CorpusError", "CorpusWarning", "LazyCorpus", "actor_labels", "actor_mentions", "actors", "align",
    "build_reports", "claims", "claims_matrix", "collocations", "compare_figures", "coverage", "crowd_estimates",
    "differences", "explore", "explore_rows", "figures", "finding", "keyness", "kwic", "load_corpus",
    "load_lexicon", "note", "omitted_note", "plot_claims", "plot_crowd_estimates", "plot_keyness", "plot_sections",
    "plot_word_choice", "quotes", "scan_corpus", "section_sizes", "set_aside", "set_display", "show",
    "substitution_pairs", "substitutions", "term_counts", "tokenize", "voices", "word_choice", "word_choice_rates",
]
__version__ = "0.1.0"
