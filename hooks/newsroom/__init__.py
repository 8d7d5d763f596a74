"""The newsroom: content model, listings and feeds of the network's site.

Nothing in this package imports MkDocs except `site_hooks` beside it, so the
domain code can move to another generator later.
"""
