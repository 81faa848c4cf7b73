"""The Evaluasi page: survey instruments, rounds and answers, IKM results, the income
t-test and the evaluation report (issue 7)."""

from .page import EvaluationPage

__all__ = ["EvaluationPage"]
