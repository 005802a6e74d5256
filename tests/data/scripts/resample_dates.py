# data: orders.csv
import matplotlib.pyplot as plt
import pandas as pd

orders = pd.read_csv("orders.csv", parse_dates=["date"]).set_index("date").sort_index()
monthly = orders["amount"].resample("ME").agg(["sum", "count"])
monthly.to_csv("monthly_orders.csv")
monthly["sum"].plot(kind="area", alpha=0.4)
plt.savefig("monthly_orders.png")
print(monthly.round(2).head())
