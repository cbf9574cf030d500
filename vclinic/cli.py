"""The `vclinic` command. Each room may add its own commands through a `register(subparsers)` function."""

from __future__ import annotations

import argparse
import asyncio
import logging
import re
import sys
from collections.abc import Sequence

import bot.cli
import nlu.cli
from clinic_core import audit, auth, migrate
from clinic_core.db import Database
from clinic_core.settings import Settings, get_settings

# Libraries that would print SQL parameters (patient data) at debug level stay at warning.
QUIET_LOGGERS = ("aiosqlite", "sqlalchemy.engine", "asyncpg", "httpx", "httpcore")
_QUERY_STRING = re.compile(r"\?[^\s\"']*")


class NoQueryStrings(logging.Filter):
    """uvicorn logs WebSocket paths with their query string, which can carry a patient's chat token."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_QUERY_STRING.sub("?…", a) if isinstance(a, str) else a for a in record.args)
        return True


def _serve(args: argparse.Namespace) -> int:
    import uvicorn  # the server is needed by `serve` only

    from vclinic.app import create_app

    settings = get_settings()
    host = args.host or settings.host
    port = args.port or settings.port
    try:
        asyncio.run(migrate.upgrade(settings.database_url))
        created = asyncio.run(_ensure_demo_doctor(settings))
    except Exception as error:  # one clear line, not a traceback, for an operator
        where = settings.masked()["VCLINIC_DATABASE_URL"]
        print(f"vclinic: cannot open or migrate the database {where}: {_reason(error)}", file=sys.stderr)
        return 2
    if created:
        email, password = created
        print(f"Demo doctor account created (shown once): {email} / {password}", flush=True)
    print(f"vclinic serving on http://{host}:{port}", flush=True)
    # No access log: request lines carry search terms and ids, which can be patient data.
    for name in ("uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).addFilter(NoQueryStrings())
    uvicorn.run(create_app(settings), host=host, port=port, log_level=settings.log_level, access_log=False)
    return 0


async def _ensure_demo_doctor(settings: Settings) -> tuple[str, str] | None:
    db = Database(settings.database_url)
    try:
        async with db.transaction() as session:
            return await auth.ensure_demo_doctor(session)
    finally:
        await db.dispose()


def _reason(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip().splitlines()
    return text[0] if text else type(error).__name__


def _config(_args: argparse.Namespace) -> int:
    for name, value in get_settings().masked().items():
        print(f"{name}={value}")
    return 0


def _db_upgrade(_args: argparse.Namespace) -> int:
    settings = get_settings()
    try:
        asyncio.run(migrate.upgrade(settings.database_url))
    except Exception as error:
        print(f"vclinic: cannot migrate the database: {_reason(error)}", file=sys.stderr)
        return 2
    print("database is at the latest revision")
    return 0


def _with_db(command):
    """Run an async `command(db, settings, args) -> (exit code, text)` against the configured database."""

    def run(args: argparse.Namespace) -> int:
        async def go() -> tuple[int, str]:
            settings = get_settings()
            db = Database(settings.database_url)
            try:
                return await command(db, settings, args)
            finally:
                await db.dispose()

        code, text = asyncio.run(go())
        if text:
            print(text, file=sys.stdout if code == 0 else sys.stderr)
        return code

    return run


async def _staff_create(db: Database, _settings: Settings, args: argparse.Namespace):
    password = sys.stdin.readline().rstrip("\r\n")
    return await auth.create_staff_command(db, args.email, args.role, password)


async def _audit_verify(db: Database, settings: Settings, _args: argparse.Namespace):
    return await audit.verify_command(db, settings)


async def _audit_export(db: Database, settings: Settings, _args: argparse.Namespace):
    return await audit.export_command(db, settings, sys.stdout), ""


async def _audit_checkpoint(db: Database, settings: Settings, _args: argparse.Namespace):
    return await audit.checkpoint_command(db, settings)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vclinic", description="vclinic: a multilingual virtual clinic.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", help="migrate the database and serve the app")
    serve.add_argument("--host", help="address to listen on (default: VCLINIC_HOST)")
    serve.add_argument("--port", type=int, help="port to listen on (default: VCLINIC_PORT)")
    serve.set_defaults(func=_serve)

    sub.add_parser("config", help="print the effective settings, secrets masked").set_defaults(func=_config)

    db = sub.add_parser("db", help="database commands").add_subparsers(dest="db_command", required=True)
    db.add_parser("upgrade", help="apply all migrations").set_defaults(func=_db_upgrade)

    staff = sub.add_parser("staff", help="staff accounts").add_subparsers(dest="staff_command", required=True)
    create = staff.add_parser("create", help="create a staff account (password read from stdin)")
    create.add_argument("--email", required=True)
    create.add_argument("--role", required=True, choices=["doctor", "nurse", "admin"])
    create.set_defaults(func=_with_db(_staff_create))

    audit = sub.add_parser("audit", help="the audit chain").add_subparsers(dest="audit_command", required=True)
    audit.add_parser("verify", help="recompute every hash, link and signature").set_defaults(
        func=_with_db(_audit_verify))
    audit.add_parser("export", help="print every entry as JSON lines").set_defaults(func=_with_db(_audit_export))
    audit.add_parser("checkpoint", help="sign a checkpoint of the chain head now").set_defaults(
        func=_with_db(_audit_checkpoint))
    nlu.cli.register(sub)
    bot.cli.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=get_settings().log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLogger().level))
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
