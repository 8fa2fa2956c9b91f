"""mediakit: comparative media analysis in Jupyter.

Load a corpus of articles about one event, then compare how each outlet framed it. Every helper returns a
tidy pandas DataFrame whose rows carry ``doc_id``, ``outlet`` and character offsets into the original text.
"""

from .actors import actor_labels, actor_mentions, actors
from .clean import section_sizes, set_aside
from .concordance import collocations, kwic
from .corpus import Corpus, CorpusError, CorpusWarning, load_corpus
from .coverage import align, claims, claims_matrix, coverage, substitution_pairs, substitutions
from .crowds import crowd_estimates
from .keyness import keyness, term_counts
from .lexicons import load_lexicon
from .plots import note, plot_claims, plot_crowd_estimates, plot_keyness, plot_sections, plot_word_choice
from .quotes import quotes, voices
from .report import build_reports
from .tokens import tokenize
from .wordchoice import word_choice, word_choice_rates

__all__ = [
    "actor_labels", "actor_mentions", "actors", "align", "load_lexicon", "substitution_pairs", "substitutions",
    "claims", "note", "claims_matrix", "coverage", "plot_claims", "quotes", "voices",
    "Corpus", "CorpusError", "CorpusWarning", "build_reports", "collocations", "crowd_estimates", "keyness", "kwic",
    "load_corpus", "plot_keyness", "term_counts",
    "plot_crowd_estimates", "plot_sections",
    "plot_word_choice", "section_sizes", "set_aside", "tokenize", "word_choice", "word_choice_rates",
]
__version__ = "0.1.0"
