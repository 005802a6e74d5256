# data: measurements.dat
import matplotlib.pyplot as plt
import numpy as np

t, v = np.loadtxt("measurements.dat", unpack=True)
err = np.full_like(v, 0.05)
plt.errorbar(t, v, yerr=err, fmt=".", capsize=2)
plt.xlabel("time [s]")
plt.ylabel("voltage [V]")
plt.savefig("errorbars.png")
print(f"{len(t)} points, mean {v.mean():.3f} V")
