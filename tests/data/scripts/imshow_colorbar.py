# data:
import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(-3, 3, 120)
X, Y = np.meshgrid(x, x)
Z = np.exp(-(X**2 + Y**2)) * np.cos(2 * X)
im = plt.imshow(Z, cmap="viridis", origin="lower", extent=(-3, 3, -3, 3))
plt.colorbar(im)
plt.savefig("field.png")
np.savetxt("field_row.txt", Z[60], fmt="%.5f")
print(f"max {Z.max():.4f}")
