"""jax.random: not built yet in Traceur."""


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    raise NotImplementedError(f"Traceur does not support jax.random.{name} yet.")
