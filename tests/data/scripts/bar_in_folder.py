# data: sales.csv
import os

import matplotlib.pyplot as plt
import pandas as pd

df = pd.read_csv("sales.csv")
totals = df.groupby("region")["revenue"].sum().sort_values()
os.makedirs("figures", exist_ok=True)
totals.plot.barh(color="tab:green")
plt.xlabel("Revenue")
plt.savefig("figures/regions.png", dpi=80)
print(totals.round(2))
