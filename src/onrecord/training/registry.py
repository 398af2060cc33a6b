"""What ``spacy train --code`` must import to read training/quote_roles.cfg.

The quote model's encoder is onrecord's own registered architecture.
"""
import onrecord.nlp.architectures  # noqa: F401
