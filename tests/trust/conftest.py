import pytest


@pytest.fixture(scope="module")
def zygote():
    from tests.trust.harness import Zygote

    z = Zygote()
    yield z
    z.close()
