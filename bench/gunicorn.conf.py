"""gunicorn settings for `make bench`: the production file, with the access log off and no worker recycling.

Recycling a worker (max_requests) in the middle of a ten-second run would measure Python's start-up, not the
site; the access log would measure the terminal. The benchmark runs two servers side by side, which must not
share gunicorn's control socket (one fixed path per user), so it is off.
"""

import runpy
from pathlib import Path

globals().update(
    {
        name: value
        for name, value in runpy.run_path(
            str(Path(__file__).resolve().parent.parent / "gunicorn.conf.py")
        ).items()
        if not name.startswith("_")
    }
)
accesslog = None
max_requests = 0
max_requests_jitter = 0
control_socket_disable = True
