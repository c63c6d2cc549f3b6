from executor import api
from tests.support.stack import LiquefyStack
from tests.support.nodejs import SERVICES, load_requests, replay, comparable, run_service
def test_dbg():
    with LiquefyStack(nodes=["dbg1", "dbg2"]) as stack:
        for name in ["prototype-accounts"]:
            stack.deploy(name, SERVICES / name)
            got = replay(stack.url(name, ""), load_requests(SERVICES / name))
            for e in api.logs(name)[:4]:
                print("   LOG", e["text"][:400])
