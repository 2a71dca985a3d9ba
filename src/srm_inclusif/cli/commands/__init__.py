"""CLI subcommands, one module each (discovered by ``srm_inclusif.cli``)."""
