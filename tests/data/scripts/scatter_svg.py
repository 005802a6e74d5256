# data:
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(42)
x = rng.normal(size=200)
y = 2 * x + rng.normal(scale=0.5, size=200)
plt.scatter(x, y, s=8, alpha=0.6)
plt.title("Seeded scatter")
plt.savefig("scatter.svg")
print(f"corr = {np.corrcoef(x, y)[0, 1]:.3f}")
