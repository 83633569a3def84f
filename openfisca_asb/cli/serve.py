"""`asb serve`: the HTTP API and the calculator page, with the limits of api/settings.py."""


def register(command) -> None:
    command.add_argument("--host", default="127.0.0.1")
    command.add_argument("--port", type=int, default=8000)
    command.add_argument("--workers", type=int, default=1, help="worker processes (one per core serves concurrent families best)")
    command.add_argument("--log-level", default="info", help="uvicorn's log level (default info)")
    command.add_argument("--log-config", help="a logging configuration file for uvicorn (its access log then follows that file)")
    command.set_defaults(run=run)


def run(arguments) -> int:
    import uvicorn

    from api.server import uvicorn_options
    from api.settings import Settings

    # No access log unless a logging configuration asks for one: the service logs no request,
    # so no family can be traced through it.
    uvicorn.run("api.app:create_app", factory=True, host=arguments.host, port=arguments.port,
                workers=arguments.workers, log_level=arguments.log_level, access_log=arguments.log_config is not None,
                **({"log_config": arguments.log_config} if arguments.log_config else {}), **uvicorn_options(Settings()))
    return 0
