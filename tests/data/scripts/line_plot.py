# data: sales.csv
"""Monthly revenue as a line chart, gallery style."""
import matplotlib.pyplot as plt
import pandas as pd

df = pd.read_csv("sales.csv", parse_dates=["date"])
monthly = df.set_index("date")["revenue"].resample("MS").sum()
fig, ax = plt.subplots(figsize=(6, 3))
ax.plot(monthly.index, monthly.values, marker="o")
ax.set_title("Revenue per month")
ax.set_ylabel("EUR")
fig.tight_layout()
plt.savefig("revenue_line.png")
print(monthly.round(2).to_string())
