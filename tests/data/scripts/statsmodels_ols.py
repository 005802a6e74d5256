# data: measurements.dat
import numpy as np
import statsmodels.api as sm

t, v = np.loadtxt("measurements.dat", unpack=True)
model = sm.OLS(v, sm.add_constant(t)).fit()
with open("ols.txt", "w") as f:
    f.write(f"params {model.params.round(4).tolist()}\n")
    f.write(f"r2 {model.rsquared:.4f}\n")
print(open("ols.txt").read().strip())
