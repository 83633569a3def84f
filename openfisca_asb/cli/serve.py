"""`asb serve`: the HTTP API and the calculator page."""


def register(commands) -> None:
    command = commands.add_parser("serve", help="start the HTTP API (and the calculator page)")
    command.add_argument("--host", default="127.0.0.1")
    command.add_argument("--port", type=int, default=8000)
    command.set_defaults(run=run)


def run(arguments) -> int:
    import uvicorn

    uvicorn.run("api.app:create_app", factory=True, host=arguments.host, port=arguments.port, log_level="info", access_log=False)
    return 0
