"""Natural-language understanding: the NLU interface, the Rasa client and service, lookups."""
