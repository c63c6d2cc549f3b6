from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("ide", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="project",
            name="verify",
            field=models.BooleanField(default=False),
        ),
    ]
