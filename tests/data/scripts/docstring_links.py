# data: sales.csv
"""Weekly revenue.

Method as in https://pandas.pydata.org/docs/user_guide/timeseries.html and
the matplotlib gallery (https://matplotlib.org/stable/gallery/index.html).
"""
import matplotlib.pyplot as plt
import pandas as pd


def weekly(path):
    """Sums revenue per week (see https://pandas.pydata.org/docs/reference/api/pandas.Series.resample.html)."""
    df = pd.read_csv(path, parse_dates=["date"])
    return df.set_index("date")["revenue"].resample("W").sum()


series = weekly("sales.csv")
series.plot()
plt.savefig("weekly.png")
series.round(2).to_csv("weekly.csv")
print(len(series), "weeks")
