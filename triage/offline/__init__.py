"""Offline tools, apart from the runtime: training and evaluating the network (``runs``, ``training``,
``datasets``, ``tables``, ``calibration``, ``evaluation``, ``policy_evaluation``), labeling files
(``labeling``), the synthetic corpus (``synth``), day-by-day drift of an audit trail (``audit_drift``,
``drift_report``) and the demo. They may import the runtime; the runtime never imports them
(tests/test_layers.py)."""
