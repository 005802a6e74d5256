# data: measurements.dat
import numpy as np

data = np.loadtxt("measurements.dat")
slope, intercept = np.polyfit(data[:, 0], data[:, 1], 1)
np.savetxt("fit.txt", [[slope, intercept]], fmt="%.4f", header="slope intercept")
print(f"v = {slope:.3f} t + {intercept:.3f}")
