"""`asb serve`: the HTTP API and the calculator page."""


def register(commands) -> None:
    command = commands.add_parser("serve", help="start the HTTP API (and the calculator page)")
    command.add_argument("--host", default="127.0.0.1")
    command.add_argument("--port", type=int, default=8000)
    command.add_argument("--workers", type=int, default=1, help="worker processes (one per core serves concurrent families best)")
    command.set_defaults(run=run)


def run(arguments) -> int:
    import uvicorn

    # No access log: the service logs no request, so no family can be traced through it.
    uvicorn.run("api.app:create_app", factory=True, host=arguments.host, port=arguments.port,
                workers=arguments.workers, log_level="info", access_log=False)
    return 0
