"""`asb serve`: the HTTP API and the calculator page, with the limits of api/settings.py."""

from openfisca_asb.cli.help_texts import said


def register(command) -> None:
    command.add_argument("--host", default="127.0.0.1", help=said("the address to listen on (default 127.0.0.1)",
                                                                  "adressen tjenesten lytter på (standard: 127.0.0.1)"))
    command.add_argument("--port", type=int, default=8000, help=said("the port to listen on (default 8000)",
                                                                     "porten tjenesten lytter på (standard: 8000)"))
    command.add_argument("--workers", type=int, default=1,
                         help=said("worker processes (one per core serves concurrent families best)",
                                   "antall arbeidsprosesser (én per kjerne gir best svar til mange familier samtidig)"))
    command.add_argument("--log-level", default="info", help=said("uvicorn's log level (default info)", "loggnivået til uvicorn (standard: info)"))
    command.add_argument("--log-config", help=said("a logging configuration file for uvicorn (its access log then follows that file)",
                                                   "en fil med loggoppsett for uvicorn (tilgangsloggen følger da den filen)"))
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
