"""The shared Deadline and the validation of deadline arguments."""

import math
import time

import pytest

from agentlib.errors import InputError
from agentlib.limits import Deadline, check_deadline


@pytest.mark.parametrize("bad", [0, -1, math.nan, math.inf, "5", None, True])
def test_bad_deadlines_are_refused_with_the_name(bad):
    with pytest.raises(InputError, match="deadline_s"):
        check_deadline(bad)


def test_deadline_counts_down_and_caps():
    deadline = Deadline(0.2)
    assert deadline.cap(10) <= 0.2 and deadline.cap(0.01) == 0.01 and not deadline.expired
    time.sleep(0.25)
    assert deadline.expired and deadline.remaining() == 0.0 and deadline.cap(5) == 0.0
