"""One module per document type; `extractors.registry` maps type ids to them."""
