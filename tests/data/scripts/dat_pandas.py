# data: measurements.dat
import pandas as pd

df = pd.read_csv("measurements.dat", sep=r"\s+", comment="#", names=["time", "voltage"])
df["rolling"] = df["voltage"].rolling(5).mean()
df.to_csv("smoothed.csv", index=False, float_format="%.4f")
print(df.tail(3))
