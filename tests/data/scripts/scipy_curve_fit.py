# data: measurements.dat
import matplotlib.pyplot as plt
import numpy as np
from scipy.optimize import curve_fit


def model(t, a, b):
    return a * t + b


t, v = np.loadtxt("measurements.dat", unpack=True)
(a, b), _ = curve_fit(model, t, v)
plt.plot(t, v, ".", label="data")
plt.plot(t, model(t, a, b), label="fit")
plt.legend()
plt.savefig("curve_fit.png")
print(f"a={a:.3f} b={b:.3f}")
