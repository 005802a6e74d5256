# data: sales.csv
import numpy as np

revenue = np.genfromtxt("sales.csv", delimiter=",", skip_header=1, usecols=2)
np.save("revenue.npy", revenue)
np.savez("stats.npz", mean=revenue.mean(), std=revenue.std())
back = np.load("revenue.npy")
print(back.shape, f"{back.sum():.2f}")
