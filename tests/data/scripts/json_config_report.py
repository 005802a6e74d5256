# data: config.json,sales.csv
import csv
import json

with open("config.json") as f:
    config = json.load(f)
big = 0
with open("sales.csv", newline="") as f:
    for row in csv.DictReader(f):
        if float(row["revenue"]) > config["threshold"]:
            big += 1
with open("report.txt", "w") as out:
    out.write(f"{config['title']}: {big} sales above {config['threshold']} {config['currency']}\n")
print(open("report.txt").read().strip())
