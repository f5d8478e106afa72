"""The HTTP layer of the reference server.

``spec``         the operation table, read from the spec through the generator's
                 loader and IR (``generator.build.load_api``)
``validation``   request validation (OpenAPI 3.1 / JSON Schema 2020-12)
``conformance``  openapi-core adapters: full request/response validation
``dispatch``     one request through auth, rate limit, validation,
                 idempotency and the domain handler
``faults``       opt-in fault injection (``X-Fault``)
``ratelimit``    per-token token bucket
``admin``        ``/_admin/`` routes (only with faults enabled)
``server``       ``python -m reference_server``: arguments, uvicorn, signals
"""
