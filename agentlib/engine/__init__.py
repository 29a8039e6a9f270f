"""agentlib.engine: the in-process SambaY (Phi-4-mini-flash-reasoning) engine.

Modules (import them directly; this package imports nothing heavy):
- config.py   SambaYConfig, layer_plan, real_config, scaled_config
- model.py    SambaY: one forward for prefill / decode / extend, linear prefill
- cache.py    InferenceState: Mamba states, SWA windows, the shared YOCO KV
- kernels.py  PyTorch reference ops and optional CUDA fast paths (describe(), use_kernels())
- weights.py  safetensors checkpoint loading
- testing.py  save_random_checkpoint for tests
- tokenizer.py, chat_template.py, generation.py, session.py, prefix_cache.py: text in, text out
"""
