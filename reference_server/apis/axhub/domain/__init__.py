"""Behaviour of the AxHub reference server, free of HTTP.

``service.Platform`` is the facade the HTTP layer calls; the modules beside it
hold one area each and work on a SQLAlchemy ``Connection`` inside a
transaction the facade opened.
"""
